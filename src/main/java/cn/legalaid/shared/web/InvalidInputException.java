package cn.legalaid.shared.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input refused at the edge, before any business code ran; answered as a problem detail naming each field. */
public class InvalidInputException extends RuntimeException {

	private final HttpStatus status;

	private final List<InputError> errors;

	public InvalidInputException(HttpStatus status, List<InputError> errors) {
		super(InputError.detail(errors));
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(HttpStatus status, String field, String message) {
		this(status, List.of(new InputError(field, message)));
	}

	public HttpStatus status() {
		return status;
	}

	public List<InputError> errors() {
		return errors;
	}
}
