package cn.legalaid.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as returned by the JSON API and used by list screens.
 *
 * @param totalIsLowerBound the count stopped at a cap (e.g. 2,000): there are at least {@code totalElements} rows.
 *                          Large lists count up to the cap only, so a province's list answers as fast as a county's;
 *                          the statistics give exact totals.
 */
public record PageResult<T>(List<T> content, int page, int size, long totalElements, boolean totalIsLowerBound) {

	public PageResult(List<T> content, int page, int size, long totalElements) {
		this(content, page, size, totalElements, false);
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(content.stream().map(mapper).toList(), page, size, totalElements, totalIsLowerBound);
	}
}
