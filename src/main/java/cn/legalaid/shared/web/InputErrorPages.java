package cn.legalaid.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The page a screen (staff or portal) answers when its input was refused: 400 (413 for an over-size upload, 415
 * for an unknown charset) with a Chinese message naming each field, in the layout of the given error view.
 */
public final class InputErrorPages {

	private static final Logger log = LoggerFactory.getLogger(InputErrorPages.class);

	private InputErrorPages() {
	}

	/** Renders {@code view} (with model attributes {@code status} and {@code message}) for a refused input. */
	public static String render(Exception ex, Model model, HttpServletResponse response, String view) {
		int status = ex instanceof MaxUploadSizeExceededException ? 413
				: ex instanceof InvalidInputException invalid ? invalid.status().value() : 400;
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", "提交的内容未被接受：" + InputError.detail(RequestErrors.of(ex)));
		return view;
	}

	/** As {@link #render}, when the database refused a value (SQL state class 22); any other error is rethrown. */
	public static String renderRefusedByDatabase(DataAccessException ex, Model model, HttpServletResponse response,
			String view) {
		if (!RequestErrors.isDataRefusedByDatabase(ex)) {
			throw ex;
		}
		log.info("Screen request refused by the database: SQL state {}", RequestErrors.sqlState(ex));
		return render(ex, model, response, view);
	}
}
