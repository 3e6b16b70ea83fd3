package cn.legalaid.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Two filter chains: the JSON API and actuator (stateless: bearer tokens or API keys, problem-detail errors, no
 * CSRF because no cookies are used) and the screens (form login, CSRF, TOTP step, sessions kept in PostgreSQL so
 * any node can serve any request).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	AuthenticationManager authenticationManager(StaffDirectory staff, PasswordEncoder encoder,
			ApplicationEventPublisher publisher, SignInGuard guard, SecondFactors factors) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staff);
		passwords.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(new GuardedSignIn(passwords, guard, factors));
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		events.setAdditionalExceptionMappings(
				java.util.Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiKeys keys, StaffDirectory staff)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasAuthority("ops:metrics")
				.anyRequest()
				.authenticated())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new ApiCredentialsFilter(keys, staff), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> ProblemResponses.write(response, 401, "未认证",
						"请提供有效的访问令牌（Authorization: Bearer）或接口密钥（X-API-Key）", "unauthenticated"))
				.accessDeniedHandler((request, response, ex) -> ProblemResponses.write(response, 403, "无权限",
						"您没有执行此操作的权限", "forbidden")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain uiChain(HttpSecurity http, SecurityContextRepository contexts,
			AuthenticationManager authenticationManager) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/login/help", SignInThrottledController.PATH, "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
					"/error", "/denied", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/portal", "/portal/**")
			.permitAll()
			.requestMatchers("/login/totp", "/login/totp/**")
			.hasAuthority(SecondFactorPendingAuthentication.AUTHORITY)
			.anyRequest()
			.hasAuthority(StaffPrincipal.STAFF))
			.securityContext(c -> c.securityContextRepository(contexts))
			.formLogin(form -> form.loginPage("/login")
				.authenticationDetailsSource(new SignInDetails.FormSource())
				.successHandler(new TwoFactorAwareSuccessHandler(contexts))
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.addFilterAfter(new ExpiredPasswordFilter(), AuthorizationFilter.class)
			.exceptionHandling(e -> e.accessDeniedPage("/denied"))
			.headers(h -> h.frameOptions(f -> f.sameOrigin()));
		return http.build();
	}
}
