package cn.legalaid.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links for list screens that keep the current filters: next page, sort by a column, export the same selection.
 * Used from templates as {@code ${@listLinks.page(2)}}, {@code ${@listLinks.sort('name')}},
 * {@code ${@listLinks.export('/organisations/export')}}.
 */
@Component("listLinks")
public class ListLinks {

	public String page(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

	/** Sorts by the column, ascending first and descending when it is already ascending; back to page 0. */
	public String sort(String column) {
		String current = ServletUriComponentsBuilder.fromCurrentRequest().build().getQueryParams().getFirst("sort");
		String next = column.equals(current) ? "-" + column : column;
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("sort", next)
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}

	/** "▲" or "▼" when the list is sorted by this column. */
	public String sortMark(String column) {
		String current = ServletUriComponentsBuilder.fromCurrentRequest().build().getQueryParams().getFirst("sort");
		if (column.equals(current)) {
			return "▲";
		}
		return ("-" + column).equals(current) ? "▼" : "";
	}

	/** The same query on another path, e.g. the Excel export of the list. */
	public String export(String path) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replacePath(path)
			.replaceQueryParam("page")
			.replaceQueryParam("size")
			.build()
			.toUriString();
	}
}
