package cn.legalaid.identity;

import java.util.List;

import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.excel.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration screens (用户管理). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final StaffAccounts accounts;

	private final cn.legalaid.organisation.PlaceChoices places;

	UserAdminController(StaffAccounts accounts, cn.legalaid.organisation.PlaceChoices places) {
		this.places = places;
		this.accounts = accounts;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('user:view')")
	String list(DataScope scope, @RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Boolean enabled,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Model model) {
		model.addAttribute("page", accounts.page(scope, new StaffUserFilter(q, role, unit, enabled),
				PageRequestParams.of(page, size, sort)));
		model.addAttribute("roles", accounts.roles());
		return "admin/users";
	}

	@GetMapping("/export")
	@Audited("导出用户列表")
	@PreAuthorize("hasAuthority('user:view')")
	ResponseEntity<byte[]> export(DataScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) String role, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Boolean enabled) {
		List<StaffUserView> rows = accounts.all(scope, new StaffUserFilter(q, role, unit, enabled), 20_000);
		return ExcelExport.<StaffUserView>sheet("用户",
				ExcelExport.column("用户名", StaffUserView::username),
				ExcelExport.column("姓名", StaffUserView::displayName),
				ExcelExport.column("单位代码", StaffUserView::unitCode),
				ExcelExport.column("单位", StaffUserView::unitName),
				ExcelExport.column("角色", u -> String.join("、", u.roleNames())),
				ExcelExport.column("手机", StaffUserView::phone),
				ExcelExport.column("状态", u -> u.enabled() ? "启用" : "停用"),
				ExcelExport.column("双因素认证", u -> u.totpEnabled() ? "已绑定" : "未绑定"))
			.download("用户列表.xlsx", rows);
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('user:manage')")
	String newForm(DataScope scope, Model model) {
		model.addAttribute("places", places.inScope(scope));
		model.addAttribute("user", new NewStaffUser("", "", "", List.of(), "", ""));
		model.addAttribute("roles", accounts.roles());
		return "admin/user-new";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('user:manage')")
	@Audited("新增用户")
	String create(DataScope scope, @Valid @ModelAttribute("user") NewStaffUser user, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Long id = accounts.create(scope, user);
				redirect.addFlashAttribute("notice", "已创建用户 " + user.username());
				return "redirect:/admin/users/" + id;
			}
			catch (BusinessRuleException ex) {
				errors.rejectValue(ex.field() == null ? "username" : ex.field(), "rule", ex.getMessage());
			}
		}
		model.addAttribute("roles", accounts.roles());
		model.addAttribute("places", places.inScope(scope));
		return "admin/user-new";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('user:view')")
	String detail(DataScope scope, @PathVariable Long id, Model model) {
		model.addAttribute("user", accounts.get(scope, id));
		model.addAttribute("roles", accounts.roles());
		return "admin/user-detail";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('user:manage')")
	@Audited("修改用户")
	String update(DataScope scope, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam String displayName, @RequestParam(required = false) String phone,
			@RequestParam(required = false) List<String> roles, @RequestParam(defaultValue = "false") boolean enabled,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			accounts.update(scope, id, version, displayName, phone, roles, enabled);
			redirect.addFlashAttribute("notice", "已保存");
			return "redirect:/admin/users/" + id;
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.getMessage());
			response.setStatus(422);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("error", "数据已被他人修改，请刷新后重新编辑");
			response.setStatus(409);
		}
		model.addAttribute("user", accounts.get(scope, id));
		model.addAttribute("roles", accounts.roles());
		return "admin/user-detail";
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasAuthority('user:manage')")
	@Audited("解锁用户")
	String unlock(DataScope scope, @PathVariable Long id, RedirectAttributes redirect) {
		accounts.unlock(scope, id);
		redirect.addFlashAttribute("notice", "已解锁");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	@PreAuthorize("hasAuthority('user:manage')")
	@Audited("重置用户密码")
	String resetPassword(DataScope scope, @PathVariable Long id, @RequestParam String password, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			accounts.resetPassword(scope, id, password);
			redirect.addFlashAttribute("notice", "密码已重置，用户下次登录后应修改密码");
			return "redirect:/admin/users/" + id;
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.getMessage());
			response.setStatus(422);
			model.addAttribute("user", accounts.get(scope, id));
			model.addAttribute("roles", accounts.roles());
			return "admin/user-detail";
		}
	}

	@PostMapping("/{id}/totp-reset")
	@PreAuthorize("hasAuthority('user:manage')")
	@Audited("重置双因素认证")
	String resetTotp(DataScope scope, @PathVariable Long id, RedirectAttributes redirect) {
		accounts.resetSecondFactor(scope, id);
		redirect.addFlashAttribute("notice", "已重置双因素认证，用户下次登录时重新绑定");
		return "redirect:/admin/users/" + id;
	}
}
