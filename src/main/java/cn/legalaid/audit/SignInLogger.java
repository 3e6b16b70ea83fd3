package cn.legalaid.audit;

import cn.legalaid.shared.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Logs every sign-in attempt, successful or not, with the reason of a failure. */
@Component
class SignInLogger {

	/** Unknown user names are logged at the national level, where only national administrators see them. */
	static final String NATIONAL_PATH = "/000000/";

	private final OperationLog log;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	SignInLogger(OperationLog log, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.log = log;
		this.jdbc = jdbc;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (authentication.getPrincipal() instanceof Actor actor) {
			log.record(actor, actor.dataScope().unitPath(), null, new OperationLog.Entry("登录（密码验证通过）", "POST",
					"/login", true, 200, null, ip(authentication), null));
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication authentication = event.getAuthentication();
		String reason = switch (event.getException().getClass().getSimpleName()) {
			case "LockedException" -> "账户已锁定";
			case "SignInThrottledException" -> "登录尝试过于频繁（限流）";
			case "DisabledException" -> "账户已停用";
			default -> "用户名或密码错误";
		};
		String unitPath = jdbc.sql("SELECT o.path FROM staff_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.username = :u")
			.param("u", authentication.getName())
			.query(String.class)
			.optional()
			.orElse(NATIONAL_PATH);
		log.record(null, unitPath, authentication.getName(),
				new OperationLog.Entry("登录失败", "POST", "/login", false, 401, reason, ip(authentication), null));
	}

	private static String ip(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}
}
