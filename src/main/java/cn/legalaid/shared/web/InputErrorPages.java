package cn.legalaid.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The part of a screens' exception handler (staff screens, portal) that answers refused input: a 400 page (413
 * for an over-size upload, 415 for an unknown charset) whose message names each field, in the layout of the
 * subclass's error view. A value the database refused (SQL state class 22) is answered the same way, never 500.
 */
public abstract class InputErrorPages {

	private static final Logger log = LoggerFactory.getLogger(InputErrorPages.class);

	/** The error view, with model attributes {@code status} and {@code message}. */
	protected abstract String errorView();

	@ExceptionHandler({ InvalidInputException.class, HttpMessageNotReadableException.class,
			TypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingServletRequestPartException.class, MultipartException.class })
	public String invalidInput(Exception ex, Model model, HttpServletResponse response) {
		int status = ex instanceof MaxUploadSizeExceededException ? 413
				: ex instanceof InvalidInputException invalid ? invalid.status().value() : 400;
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", "提交的内容未被接受：" + InputError.detail(RequestErrors.of(ex)));
		return errorView();
	}

	@ExceptionHandler(DataAccessException.class)
	public String refusedByDatabase(DataAccessException ex, Model model, HttpServletResponse response) {
		if (!RequestErrors.isDataRefusedByDatabase(ex)) {
			throw ex;
		}
		log.info("Screen request refused by the database: SQL state {}", RequestErrors.sqlState(ex));
		return invalidInput(ex, model, response);
	}
}
