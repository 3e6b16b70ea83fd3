package cn.legalaid.shared;

/**
 * Paging and sorting asked for by a list screen or API call, clamped to sane values. The sort key is checked
 * against a list of allowed columns by each query, never put into SQL as given.
 */
public record PageRequestParams(int page, int size, String sort, boolean descending) {

	public static final int MAX_SIZE = 200;

	public PageRequestParams {
		page = Math.max(0, page);
		size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
	}

	public static PageRequestParams of(Integer page, Integer size, String sort) {
		String key = sort == null ? "" : sort.trim();
		boolean desc = key.startsWith("-");
		if (desc) {
			key = key.substring(1);
		}
		return new PageRequestParams(page == null ? 0 : page, size == null ? 20 : size, key, desc);
	}

	public long offset() {
		return (long) page * size;
	}

	/** The sort token to put back into links, e.g. "-name". */
	public String sortToken() {
		return sort == null || sort.isEmpty() ? "" : (descending ? "-" : "") + sort;
	}
}
