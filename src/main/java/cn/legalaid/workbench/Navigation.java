package cn.legalaid.workbench;

import java.util.List;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Puts the signed-in actor and the navigation they may use into the model of every screen that renders a page.
 * An interceptor rather than a controller advice: a controller advice's model methods would also run, for nothing,
 * on every JSON API call.
 */
@Configuration(proxyBeanMethods = false)
class Navigation implements WebMvcConfigurer, HandlerInterceptor {

	static final List<NavItem> ITEMS = List.of(
			new NavItem("nav.home", "/", "bi-speedometer2", null),
			new NavItem("nav.cases", "/cases", "bi-folder2-open", "case:view"),
			new NavItem("nav.caseIntake", "/cases/new", "bi-file-earmark-plus", "case:intake"),
			new NavItem("nav.notificationIntake", "/notifications/new", "bi-bell", "case:intake"),
			new NavItem("nav.consultations", "/consultations", "bi-chat-left-text", "consultation:view"),
			new NavItem("nav.hotline", "/consultations/hotline", "bi-telephone", "consultation:register"),
			new NavItem("nav.complaints", "/complaints", "bi-exclamation-diamond", "complaint:view"),
			new NavItem("nav.myComplaints", "/complaints/mine", "bi-exclamation-diamond", "complaint:respond"),
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

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getView() instanceof RedirectView
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		page.addObject("me", me());
		page.addObject("nav", nav());
		page.addObject("activeNav", activeNav(request));
		page.addObject("currentPath", currentPath(request));
	}

	static Actor me() {
		return CurrentActor.find().orElse(null);
	}

	static List<NavItem> nav() {
		return CurrentActor.find()
			.map(actor -> ITEMS.stream().filter(i -> i.permission() == null || actor.can(i.permission())).toList())
			.orElse(List.of());
	}

	/** The navigation entry of the current screen: the longest href the path starts with (/cases/new over /cases). */
	static String activeNav(HttpServletRequest request) {
		String path = request.getRequestURI();
		return ITEMS.stream()
			.map(NavItem::href)
			.filter(href -> href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/"))
			.max(java.util.Comparator.comparingInt(String::length))
			.orElse("");
	}

	static String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
