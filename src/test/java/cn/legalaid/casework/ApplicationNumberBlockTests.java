package cn.legalaid.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Application numbers come from the database sequence in blocks: unique under parallel receipts, one round trip
 * to the sequence per block, and a second node (another {@link CaseNumbering}) never gets a number of the first.
 */
@PlatformTest
class ApplicationNumberBlockTests {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

	@Autowired
	CaseNumbering numbering;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parallelReceiptsOnTwoNodesGetDistinctNumbersAndTheSequenceIsAskedOncePerBlock() throws Exception {
		long blockSize = jdbc.sql("SELECT increment_by FROM pg_sequences WHERE sequencename = 'application_number_seq'")
			.query(Long.class).single();
		assertThat(blockSize).isEqualTo(50);
		CaseNumbering secondNode = new CaseNumbering(jdbc);
		long sequenceBefore = sequenceValue();

		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<String>> futures = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			CaseNumbering node = i % 2 == 0 ? numbering : secondNode;
			futures.add(pool.submit((Callable<String>) () -> node.nextApplicationNumber(DAY)));
		}
		List<String> numbers = new ArrayList<>();
		for (Future<String> f : futures) {
			numbers.add(f.get());
		}
		pool.shutdown();

		assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("SQ20261202\\d{7,}"));
		// 200 numbers on each node: four blocks each, not 400 round trips
		long blocksTaken = (sequenceValue() - sequenceBefore) / blockSize;
		assertThat(blocksTaken).isBetween(7L, 9L);
		assertThat(secondNode.nextApplicationNumber(DAY)).isNotIn(numbers);
	}

	@Test
	void anApplicationNumberIsTheDayAndAtLeastSevenDigits() {
		assertThat(CaseNumbering.applicationNumber(LocalDate.of(2026, 1, 5), 51)).isEqualTo("SQ202601050000051");
		assertThat(CaseNumbering.applicationNumber(LocalDate.of(2026, 11, 30), 12_345_678)).isEqualTo("SQ2026113012345678");
	}

	private long sequenceValue() {
		return jdbc.sql("SELECT last_value FROM application_number_seq").query(Long.class).single();
	}
}
