package cn.legalaid.shared.web;

import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in Chinese which field of a request was wrong and why, for the errors Spring raises before a controller
 * method runs (unreadable JSON, a parameter of the wrong type, a missing part, an over-size upload) and for the
 * database refusing a value no edge check caught. Used by the API's problem details and by the screens' pages alike.
 */
public final class RequestErrors {

	private RequestErrors() {
	}

	/** The fields at fault, or an empty list when {@code ex} is not about the request's input. */
	public static List<InputError> of(Throwable ex) {
		if (ex instanceof InvalidInputException invalid) {
			return invalid.errors();
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			JacksonException json = cause(unreadable, JacksonException.class);
			return List.of(json != null ? ofJson(json) : new InputError("body", "请求内容为空或不是有效的 JSON"));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return List.of(new InputError(missing.getParameterName(), "不能为空"));
		}
		if (ex instanceof MissingRequestHeaderException missing) {
			return List.of(new InputError(missing.getHeaderName(), "缺少此请求头"));
		}
		if (ex instanceof HandlerMethodValidationException validation) {
			return validation.getParameterValidationResults()
				.stream()
				.flatMap(r -> r.getResolvableErrors()
					.stream()
					.map(e -> new InputError(parameterName(r.getMethodParameter().getParameterName()),
							String.valueOf(e.getDefaultMessage()))))
				.toList();
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return List.of(new InputError(missing.getRequestPartName(), "请上传文件"));
		}
		if (ex instanceof TypeMismatchException mismatch) {
			String field = mismatch.getPropertyName() != null ? mismatch.getPropertyName() : "参数";
			return List.of(new InputError(field, typeMessage(mismatch.getRequiredType())));
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return List.of(new InputError("body", "上传的内容过大"));
		}
		if (ex instanceof MultipartException) {
			return List.of(new InputError("body", "上传的表单（multipart）内容格式不正确"));
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return List.of(new InputError("Content-Type", "不支持提交的数据格式，请使用 JSON"));
		}
		if (isDataRefusedByDatabase(ex)) {
			return List.of(new InputError("body", "提交的某项内容超出了数据库允许的长度、范围或字符，请检查后重新提交"));
		}
		return List.of();
	}

	/**
	 * The database refused a value (SQL state class 22: too long, out of range, invalid characters); nothing was
	 * stored, and the request, not the server, is at fault.
	 */
	public static boolean isDataRefusedByDatabase(Throwable ex) {
		String state = ex instanceof DataAccessException ? sqlState(ex) : null;
		return state != null && state.startsWith("22");
	}

	/** The SQL state of the database error behind {@code ex} (never its message, which may quote personal data). */
	public static String sqlState(Throwable ex) {
		SQLException sql = cause(ex, SQLException.class);
		return sql == null ? null : sql.getSQLState();
	}

	private static String parameterName(String name) {
		return name == null ? "参数" : name;
	}

	private static InputError ofJson(JacksonException ex) {
		String field = path(ex);
		if (ex instanceof JsonInputChecks.RejectedValue) {
			return new InputError(field, ex.getOriginalMessage());
		}
		if (ex instanceof InvalidNullException) {
			return new InputError(field, field.endsWith("]") ? "列表中不能有空（null）元素" : "不能为空");
		}
		if (ex instanceof InvalidFormatException format) {
			return new InputError(field, typeMessage(format.getTargetType()));
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return new InputError(field, "不是可识别的字段");
		}
		if (ex instanceof MismatchedInputException mismatch) {
			return new InputError(field, typeMessage(mismatch.getTargetType()));
		}
		if (ex instanceof InputCoercionException) {
			return new InputError(field, "数值超出允许范围");
		}
		if (ex instanceof StreamReadException) {
			TokenStreamLocation at = ex.getLocation();
			String where = at == null ? "" : "（第" + at.getLineNr() + "行第" + at.getColumnNr() + "列）";
			return new InputError(field, "JSON 格式不正确" + where);
		}
		return new InputError(field, "取值无效");
	}

	/** {@code client.name}, {@code materials[0]}; {@code body} for the whole body. */
	private static String path(JacksonException ex) {
		StringBuilder out = new StringBuilder();
		for (JacksonException.Reference r : ex.getPath()) {
			if (r.getPropertyName() != null) {
				if (!out.isEmpty()) {
					out.append('.');
				}
				out.append(InputScreeningFilter.displayed(r.getPropertyName()));
			}
			else if (r.getIndex() >= 0) {
				out.append('[').append(r.getIndex()).append(']');
			}
		}
		return out.isEmpty() ? "body" : out.toString();
	}

	private static String typeMessage(Class<?> type) {
		if (type == null) {
			return "类型或格式不正确";
		}
		if (type.isEnum()) {
			String options = Arrays.stream(type.getEnumConstants())
				.limit(40)
				.map(c -> ((Enum<?>) c).name())
				.collect(Collectors.joining("、"));
			return "取值无效，可选值：" + options;
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "应为数字";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "应为 true 或 false";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "日期或时间格式不正确（日期如 2026-01-31）";
		}
		if (type == String.class) {
			return "应为文本";
		}
		if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
			return "应为列表";
		}
		return "类型或格式不正确";
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
