package cn.legalaid.registry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.excel.ExcelExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screens of the registry of vulnerable people: the list with filters and export, the import form with a template,
 * and the batch report that polls its progress while the batch runs.
 */
@Controller
@RequestMapping("/registry")
@PreAuthorize("hasAuthority('registry:view')")
class RegistryController {

	private final RegistryImports imports;

	private final RegistryQueries queries;

	private final GreenCards cards;

	RegistryController(RegistryImports imports, RegistryQueries queries, GreenCards cards) {
		this.imports = imports;
		this.queries = queries;
		this.cards = cards;
	}

	@GetMapping
	String list(DataScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) SourceKind sourceKind, @RequestParam(required = false) String category,
			@RequestParam(required = false) String validity, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		PersonFilter filter = new PersonFilter(q, null, sourceKind, category, validity);
		model.addAttribute("query", filter);
		model.addAttribute("page", queries.persons(scope, filter, PageRequestParams.of(page, size, null)));
		model.addAttribute("batches", queries.batches(scope, new PageRequestParams(0, 10, null, false)));
		model.addAttribute("kinds", SourceKind.values());
		return "registry/list";
	}

	@GetMapping("/export")
	@Audited("导出困难群体信息")
	ResponseEntity<byte[]> export(DataScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) SourceKind sourceKind, @RequestParam(required = false) String category,
			@RequestParam(required = false) String validity) {
		return RegistryExports.PEOPLE.download("困难群体基本信息库.xlsx",
				queries.allPersons(scope, new PersonFilter(q, null, sourceKind, category, validity), RegistryExports.CAP));
	}

	@PostMapping("/batches")
	@PreAuthorize("hasAuthority('registry:import')")
	@Audited("导入困难群体信息")
	String importFile(Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String sourceBody, @RequestParam(required = false) SourceKind sourceKind,
			@RequestParam(required = false) String category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			@RequestParam(defaultValue = "AUTO") FileEncoding encoding, RedirectAttributes redirect) {
		try {
			long id = imports.submit(actor, new RegistryImports.ImportRequest(
					file == null ? null : file.getOriginalFilename(), RegistryApi.bytes(file), encoding, sourceBody,
					sourceKind, category, validFrom, validTo));
			return "redirect:/registry/batches/" + id;
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/registry#import";
		}
	}

	@GetMapping("/batches/{id}")
	String batch(DataScope scope, @PathVariable long id, Model model) {
		BatchView batch = batchOf(scope, id);
		model.addAttribute("batch", batch);
		model.addAttribute("rejections", batch.running() ? java.util.List.of() : queries.rejections(id));
		return "registry/batch";
	}

	/** The status block alone, polled by htmx every second while the batch runs. */
	@GetMapping("/batches/{id}/status")
	String status(DataScope scope, @PathVariable long id, Model model) {
		BatchView batch = batchOf(scope, id);
		model.addAttribute("batch", batch);
		model.addAttribute("rejections", batch.running() ? java.util.List.of() : queries.rejections(id));
		return "registry/batch :: report";
	}

	@GetMapping("/batches/{id}/rejections.xlsx")
	@Audited("导出导入批次未通过明细")
	ResponseEntity<byte[]> rejections(DataScope scope, @PathVariable long id) {
		BatchView batch = batchOf(scope, id);
		return RegistryExports.REJECTIONS.download("导入批次" + batch.id() + "不合格行.xlsx", queries.rejections(id));
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx() {
		return file("困难群体导入模板.xlsx", ExcelExport.XLSX, RegistryExports.templateXlsx());
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> templateCsv() {
		return file("困难群体导入模板.csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
				("\uFEFF" + RegistryExports.templateCsv()).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/people/{id}/green-card")
	@PreAuthorize("hasAuthority('greencard:issue')")
	@Audited("发放法律援助绿卡")
	String issueCard(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			GreenCardView card = cards.issue(actor, id, null, null);
			redirect.addFlashAttribute("notice", "已发放法律援助绿卡：" + card.cardNumber());
			return "redirect:/green-cards/" + card.id();
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/registry";
		}
	}

	private BatchView batchOf(DataScope scope, long id) {
		return queries.batch(scope, id).orElseThrow(() -> new NotFoundException("导入批次不存在或不在您的数据范围内：" + id));
	}

	private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
	}
}
