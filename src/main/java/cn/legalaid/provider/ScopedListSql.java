package cn.legalaid.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list mechanics the provider and practitioner read models share: a page of rows and its total, the export's
 * rows, and one row in scope, from one SELECT, one FROM and a WHERE the caller builds with the scope's path pattern
 * bound. Sort keys come from the caller's fixed list; the default order and the tie-break make pages stable.
 *
 * @param alias        the table alias whose {@code region_path} and {@code id} the scope and the tie-break use
 * @param defaultOrder the order when no (known) sort key is given
 * @param tieBreak     columns that make the order total, e.g. {@code "s.name, s.id"}
 */
record ScopedListSql<T>(JdbcClient jdbc, String select, String from, Map<String, String> sorts, String alias,
		String defaultOrder, String tieBreak, RowMapper<T> mapper) {

	/** A WHERE clause and its parameters. */
	record Where(String sql, Map<String, Object> params) {
	}

	PageResult<T> page(Where where, PageRequestParams page) {
		long total = jdbc.sql("SELECT count(*) " + from + " WHERE " + where.sql()).params(where.params())
			.query(Long.class)
			.single();
		String order = sorts.getOrDefault(page.sort(), defaultOrder);
		List<T> rows = jdbc.sql(select + " WHERE " + where.sql() + " ORDER BY " + order
				+ (page.descending() ? " DESC" : " ASC") + ", " + tieBreak + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(mapper)
			.list();
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	/** Everything the filter matches, for the Excel export; at most {@code cap} rows. */
	List<T> all(Where where, int cap) {
		return jdbc.sql(select + " WHERE " + where.sql() + " ORDER BY " + defaultOrder + ", " + tieBreak + " LIMIT :limit")
			.params(where.params())
			.param("limit", cap)
			.query(mapper)
			.list();
	}

	Optional<T> find(DataScope scope, Long id) {
		return jdbc.sql(select + " WHERE " + alias + ".id = :id AND " + alias + ".region_path LIKE :scope")
			.param("id", id)
			.param("scope", scope.pathPattern())
			.query(mapper)
			.optional();
	}
}
