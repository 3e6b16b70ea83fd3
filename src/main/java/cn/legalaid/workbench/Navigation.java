package cn.legalaid.workbench;

import java.util.List;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in actor and the navigation they may use into every screen's model. */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

	static final List<NavItem> ITEMS = List.of(
			new NavItem("nav.home", "/", "bi-speedometer2", null),
			new NavItem("nav.cases", "/cases", "bi-folder2-open", "case:view"),
			new NavItem("nav.caseIntake", "/cases/new", "bi-file-earmark-plus", "case:intake"),
			new NavItem("nav.notificationIntake", "/notifications/new", "bi-bell", "case:intake"),
			new NavItem("nav.consultations", "/consultations", "bi-chat-left-text", "consultation:view"),
			new NavItem("nav.hotline", "/consultations/hotline", "bi-telephone", "consultation:register"),
			new NavItem("nav.duty", "/duty", "bi-person-video2", "duty:view"),
			new NavItem("nav.registry", "/registry", "bi-person-vcard", "registry:view"),
			new NavItem("nav.greenCards", "/green-cards", "bi-credit-card-2-front", "registry:view"),
			new NavItem("nav.outreach", "/outreach", "bi-megaphone", "outreach:view"),
			new NavItem("nav.organisations", "/organisations", "bi-diagram-3", "org:view"),
			new NavItem("nav.providers", "/providers", "bi-briefcase", "provider:view"),
			new NavItem("nav.practitioners", "/practitioners", "bi-person-badge", "provider:view"),
			new NavItem("nav.users", "/admin/users", "bi-people", "user:view"),
			new NavItem("nav.oplog", "/admin/oplog", "bi-journal-text", "oplog:view"),
			new NavItem("nav.apikeys", "/admin/api-keys", "bi-key", "apikey:manage"),
			new NavItem("nav.account", "/account/security", "bi-shield-lock", null));

	@ModelAttribute("me")
	Actor me() {
		return CurrentActor.find().orElse(null);
	}

	@ModelAttribute("nav")
	List<NavItem> nav() {
		return CurrentActor.find()
			.map(actor -> ITEMS.stream().filter(i -> i.permission() == null || actor.can(i.permission())).toList())
			.orElse(List.of());
	}

	/** The navigation entry of the current screen: the longest href the path starts with (/cases/new over /cases). */
	@ModelAttribute("activeNav")
	String activeNav(HttpServletRequest request) {
		String path = request.getRequestURI();
		return ITEMS.stream()
			.map(NavItem::href)
			.filter(href -> href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/"))
			.max(java.util.Comparator.comparingInt(String::length))
			.orElse("");
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
