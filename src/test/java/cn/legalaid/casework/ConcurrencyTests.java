package cn.legalaid.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Concurrent edits never lose data; case numbers stay gapless and unique under parallel creation. */
@PlatformTest
class ConcurrencyTests extends CaseApiSupport {

	@Test
	void twoAssignersAtTheSameMomentLeaveExactlyOneAssignment() throws Exception {
		long id = createApplication("xw.clerk");
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"符合条件\"", true);
		int seen = version(id);
		long lawyer = xuanwuLawyer();
		List<Integer> statuses = parallel(2, i -> act(i == 0 ? "xw.assigner" : "xw.director", id, "assignment",
				"{\"version\":" + seen + ",\"practitionerId\":" + lawyer + "}").andReturn().getResponse().getStatus());
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = :id AND action = '指派承办人'")
			.param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void caseNumbersStayGaplessAndUniqueUnderParallelGrants() throws Exception {
		int cases = 12;
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < cases; i++) {
			ids.add(createApplication("320104.clerk"));
		}
		List<Integer> statuses = parallel(cases, i -> act("320104.director", ids.get(i), "decision",
				"\"grant\":true,\"reasons\":\"符合条件\"", true).andReturn().getResponse().getStatus());
		assertThat(statuses).containsOnly(200);
		List<Integer> seqs = jdbc.sql("""
				SELECT CAST(substring(case_number FROM '第(\\d+)号') AS INT) FROM legal_aid_case
				WHERE centre_id = (SELECT id FROM organisation WHERE code = '320104') AND case_type = 'CIVIL'
				  AND case_number IS NOT NULL ORDER BY 1""").query(Integer.class).list();
		assertThat(seqs).doesNotHaveDuplicates();
		for (int i = 0; i < seqs.size(); i++) {
			assertThat(seqs.get(i)).isEqualTo(i + 1);
		}
		assertThat(seqs).hasSizeGreaterThanOrEqualTo(cases);
	}

	@Test
	void parallelApplicationsAllGetDistinctApplicationNumbers() throws Exception {
		List<Integer> statuses = parallel(8, i -> mvc.perform(post("/api/v1/cases").with(as("xw.clerk"))
				.contentType(MediaType.APPLICATION_JSON).content(civilApplication(TestIds.bornOn("19900202"), "")))
			.andReturn().getResponse().getStatus());
		assertThat(statuses).containsOnly(201);
		assertThat(jdbc.sql("SELECT count(*) - count(DISTINCT application_number) FROM legal_aid_case").query(Long.class).single())
			.isZero();
	}

	interface Step {
		int run(int index) throws Exception;
	}

	private static List<Integer> parallel(int n, Step step) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				Callable<Integer> task = () -> {
					start.await();
					return step.run(index);
				};
				futures.add(pool.submit(task));
			}
			start.countDown();
			List<Integer> results = new ArrayList<>();
			for (Future<Integer> f : futures) {
				results.add(f.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
