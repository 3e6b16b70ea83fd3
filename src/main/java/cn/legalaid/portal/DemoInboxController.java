package cn.legalaid.portal;

import java.util.List;

import cn.legalaid.shared.Masking;
import cn.legalaid.shared.sms.DemoSmsInbox;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * DEMO PROFILE ONLY: the simulated phone inbox ({@link DemoSmsInbox}), so that whoever tries the demo portal can read
 * the one-time code "sent" to the phone they typed. The page carries a banner saying so; without the demo profile
 * neither the inbox nor this page exists (404).
 */
@Controller
@Profile("demo")
class DemoInboxController {

	static final String BANNER = "演示环境：模拟短信收件箱，生产环境不提供此页面";

	private final DemoSmsInbox inbox;

	DemoInboxController(DemoSmsInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/portal/demo/inbox")
	String inbox(@RequestParam(required = false) String phone, Model model) {
		model.addAttribute("banner", BANNER);
		String mobile = phone == null ? "" : phone.trim();
		model.addAttribute("phone", mobile);
		if (mobile.isEmpty()) {
			return "portal/demo-inbox";
		}
		if (!mobile.matches("^1\\d{10}$")) {
			model.addAttribute("error", "请填写11位手机号码");
			return "portal/demo-inbox";
		}
		List<DemoSmsInbox.Received> messages = inbox.to(mobile);
		model.addAttribute("masked", Masking.phone(mobile));
		model.addAttribute("messages", messages);
		return "portal/demo-inbox";
	}
}
