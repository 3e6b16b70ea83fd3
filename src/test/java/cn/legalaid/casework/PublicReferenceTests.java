package cn.legalaid.casework;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import cn.legalaid.support.PlatformTest;
import org.flywaydb.core.api.configuration.Configuration;
import cn.legalaid.support.PlatformTest;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public references (查询码): one per case, unique (and indexed so), well formed, and random rather than counted —
 * the application numbers of consecutive applications follow each other, their references do not.
 */
@PlatformTest
class PublicReferenceTests extends CaseApiSupport {

	private static final String WELL_FORMED = "[" + PublicReference.ALPHABET + "]{" + PublicReference.LENGTH + "}";

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void consecutiveApplicationsGetUniqueReferencesThatShareNoPattern() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ids.add(createApplication("xw.clerk"));
		}
		List<String> references = new ArrayList<>();
		List<String> numbers = new ArrayList<>();
		for (long id : ids) {
			references.add(jdbc.sql("SELECT public_reference FROM legal_aid_case WHERE id = :id").param("id", id)
				.query(String.class).single());
			numbers.add(jdbc.sql("SELECT application_number FROM legal_aid_case WHERE id = :id").param("id", id)
				.query(String.class).single());
		}
		System.out.printf("portal: consecutive applications %s, %s → public references %s, %s%n", numbers.get(0),
				numbers.get(1), references.get(0), references.get(1));
		assertThat(references).allMatch(r -> r.matches(WELL_FORMED)).doesNotHaveDuplicates();
		int ascending = 0;
		for (int i = 1; i < references.size(); i++) {
			String before = references.get(i - 1);
			String after = references.get(i);
			assertThat(commonPrefix(before, after)).as("%s then %s", before, after).isLessThanOrEqualTo(3);
			assertThat(samePositions(before, after)).as("%s then %s", before, after).isLessThanOrEqualTo(5);
			if (after.compareTo(before) > 0) {
				ascending++;
			}
		}
		// counted references would rise every time (as the application numbers do); random ones about half the time
		System.out.printf("portal: %d of %d consecutive references rise (application numbers: %d of %d)%n", ascending,
				references.size() - 1, risingPairs(numbers), numbers.size() - 1);
		assertThat(ascending).isBetween(8, 31);
		assertThat(jdbc.sql("""
				SELECT indexdef FROM pg_indexes WHERE tablename = 'legal_aid_case' AND indexdef LIKE '%(public_reference)%'""")
			.query(String.class).single()).startsWith("CREATE UNIQUE INDEX");
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case WHERE public_reference IS NULL").query(Long.class).single())
			.isZero();
	}

	@Test
	void theMigrationGivesCasesWithoutAReferenceARandomUniqueOne() {
		List<Long> ids = List.of(createApplicationUnchecked(), createApplicationUnchecked(), createApplicationUnchecked());
		transactions.executeWithoutResult(tx -> {
			// as before V90: the column exists but these cases have no reference yet (all rolled back afterwards)
			jdbc.sql("ALTER TABLE legal_aid_case ALTER COLUMN public_reference DROP NOT NULL").update();
			jdbc.sql("UPDATE legal_aid_case SET public_reference = NULL WHERE id IN (:ids)").param("ids", ids).update();
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				new PublicReferenceMigration().migrate(new Context() {
					@Override
					public Configuration getConfiguration() {
						return null;
					}

					@Override
					public Connection getConnection() {
						return connection;
					}
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			List<String> filled = jdbc.sql("SELECT public_reference FROM legal_aid_case WHERE id IN (:ids)")
				.param("ids", ids).query(String.class).list();
			assertThat(filled).hasSize(3).allMatch(r -> r != null && r.matches(WELL_FORMED)).doesNotHaveDuplicates();
			assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case WHERE public_reference IS NULL").query(Long.class)
				.single()).isZero();
			tx.setRollbackOnly();
		});
	}

	@Test
	void typedReferencesAreNormalisedAndAnythingElseIsNoReference() {
		String reference = PublicReference.next();
		String shown = PublicReference.formatted(reference);
		assertThat(shown).matches("[^-]{4}-[^-]{4}-[^-]{4}");
		assertThat(PublicReference.normalise(" " + shown.toLowerCase() + " ")).isEqualTo(reference);
		assertThat(PublicReference.normalise("SQ202612020000051")).isNull();
		assertThat(PublicReference.normalise("O0I1L" + reference.substring(5))).isNull();
		assertThat(PublicReference.normalise(null)).isNull();
	}

	private long createApplicationUnchecked() {
		try {
			return createApplication("xw.clerk");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int commonPrefix(String a, String b) {
		int n = 0;
		while (n < a.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return n;
	}

	private static int samePositions(String a, String b) {
		int n = 0;
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) == b.charAt(i)) {
				n++;
			}
		}
		return n;
	}

	private static int risingPairs(List<String> values) {
		int n = 0;
		for (int i = 1; i < values.size(); i++) {
			if (values.get(i).compareTo(values.get(i - 1)) > 0) {
				n++;
			}
		}
		return n;
	}
}
