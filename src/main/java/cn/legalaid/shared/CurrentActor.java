package cn.legalaid.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting {@link Actor} from the security context. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	public static Actor require() {
		return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("未登录"));
	}
}
