package cn.legalaid.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into an RFC 9457 problem detail whose {@code detail} is a Chinese message a
 * person can act on.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "未找到", ex.getMessage(), "not-found");
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ProblemDetail forbidden(RuntimeException ex) {
		return problem(HttpStatus.FORBIDDEN, "无权限", "您没有执行此操作的权限", "forbidden");
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "不符合业务规则", ex.getMessage(), "business-rule");
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		}
		return problem;
	}

	@ExceptionHandler(cn.legalaid.shared.StateConflictException.class)
	ProblemDetail stateConflict(cn.legalaid.shared.StateConflictException ex) {
		return problem(HttpStatus.CONFLICT, "当前状态不允许此操作", ex.getMessage(), "state-conflict");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "数据冲突", "数据已被他人修改，请刷新后重试", "conflict");
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		return problem(HttpStatus.CONFLICT, "数据重复", "相同编码或名称的记录已存在", "duplicate");
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		return inputProblem(ex.status(), ex.errors());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		if (RequestErrors.isDataRefusedByDatabase(ex)) {
			log.info("API request refused by the database: SQL state {}", RequestErrors.sqlState(ex));
			return inputProblem(HttpStatus.BAD_REQUEST, RequestErrors.of(ex));
		}
		log.error("Unexpected API error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", "服务器处理请求时出错，请稍后重试或联系管理员", "internal");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InputError> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map(e -> new InputError(e instanceof FieldError f ? f.getField() : e.getObjectName(),
					String.valueOf(e.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(inputProblem(HttpStatus.BAD_REQUEST,
				errors.isEmpty() ? List.of(new InputError("body", "提交的数据不正确")) : errors));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		log.debug("API request rejected with {}: {}", statusCode, ex.getClass().getName());
		List<InputError> errors = RequestErrors.of(ex);
		if (!errors.isEmpty() && statusCode.is4xxClientError()) {
			return super.handleExceptionInternal(ex, inputProblem(HttpStatus.valueOf(statusCode.value()), errors),
					headers, statusCode, request);
		}
		ProblemDetail problem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(statusCode);
		problem.setDetail(chineseDetail(statusCode, problem.getDetail()));
		problem.setTitle(chineseTitle(statusCode));
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	/** A 400/413/415 naming each refused field: {@code detail} lists them, {@code errors} has {field, message}. */
	static ProblemDetail inputProblem(HttpStatus status, List<InputError> errors) {
		ProblemDetail problem = problem(status, RejectionResponses.title(status), InputError.detail(errors),
				status == HttpStatus.BAD_REQUEST ? "validation" : "invalid-request");
		problem.setProperty("errors", InputError.asProperty(errors));
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("/problems/" + type));
		return problem;
	}

	private static String chineseTitle(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "请求有误";
			case 404 -> "未找到";
			case 405 -> "不支持的请求方法";
			case 406, 415 -> "不支持的数据格式";
			case 413 -> "提交的内容过大";
			default -> "请求无法处理";
		};
	}

	private static String chineseDetail(HttpStatusCode status, String original) {
		return switch (status.value()) {
			case 400 -> "请求参数或内容格式不正确";
			case 404 -> "请求的资源不存在";
			case 405 -> "该地址不支持此请求方法";
			case 406 -> "无法提供所要求的数据格式";
			case 415 -> "不支持提交的数据格式，请使用 JSON";
			default -> original == null ? "请求无法处理" : "请求无法处理";
		};
	}
}
