package cn.legalaid.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.shared.web.InputError;
import cn.legalaid.shared.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for scripts and integrations that act as a staff member. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "认证 Authentication")
class AuthTokenApi {

	record TokenRequest(String username, String password, String totp) {
	}

	record TokenResponse(String token, Instant expiresAt, String tokenType) {
	}

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	AuthTokenApi(AuthenticationManager authentication, ApiTokens tokens) {
		this.authentication = authentication;
		this.tokens = tokens;
	}

	@PostMapping("/token")
	@Operation(summary = "用用户名和密码换取访问令牌",
			description = "返回 {token, expiresAt}；之后以 Authorization: Bearer <token> 调用接口。已启用双因素认证的账户须同时提供 totp 动态验证码。任何失败（用户名不存在、密码错误、验证码缺失或错误）均答复 401「用户名或密码错误」；尝试过于频繁时答复 429 并给出 Retry-After。")
	ResponseEntity<?> token(@RequestBody(required = false) TokenRequest request, HttpServletRequest http) {
		if (request == null || request.username() == null || request.password() == null) {
			List<InputError> missing = new ArrayList<>();
			if (request == null || request.username() == null) {
				missing.add(new InputError("username", "请提供用户名"));
			}
			if (request == null || request.password() == null) {
				missing.add(new InputError("password", "请提供密码"));
			}
			throw new InvalidInputException(HttpStatus.BAD_REQUEST, missing);
		}
		Authentication result;
		try {
			UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
				.unauthenticated(request.username(), request.password());
			attempt.setDetails(SignInDetails.api(http, request.totp()));
			result = authentication.authenticate(attempt);
		}
		catch (SignInThrottledException ex) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", Long.toString(ex.retryAfterSeconds()))
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(problemDetail(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", ex.detail()));
		}
		catch (AuthenticationException ex) {
			return problem(HttpStatus.UNAUTHORIZED, "认证失败", GuardedSignIn.FAILURE);
		}
		StaffPrincipal principal = (StaffPrincipal) result.getPrincipal();
		if (principal.passwordExpired()) {
			return problem(HttpStatus.FORBIDDEN, "密码已过期", "密码已超过有效期，请先在网页端登录并修改密码");
		}
		ApiTokens.Issued issued = tokens.issue(principal.userId());
		return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt(), "Bearer"));
	}

	@DeleteMapping("/token")
	@Operation(summary = "注销当前访问令牌")
	ResponseEntity<Void> revoke(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			tokens.revoke(header.substring(7).trim());
		}
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problemDetail(status, title, detail));
	}

	private static ProblemDetail problemDetail(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
