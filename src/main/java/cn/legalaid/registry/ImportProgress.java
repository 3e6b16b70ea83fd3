package cn.legalaid.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Live progress of running batches on this node (rows checked, rows written), for the polled status. The database
 * row of the batch holds the final counts; this only fills the gap while its transaction is still open.
 */
@Component
class ImportProgress {

	record Step(String phaseZh, int done, int of) {
	}

	private final Map<Long, Step> running = new ConcurrentHashMap<>();

	void update(long batchId, String phaseZh, int done, int of) {
		running.put(batchId, new Step(phaseZh, done, of));
	}

	Step of(long batchId) {
		return running.get(batchId);
	}

	void finish(long batchId) {
		running.remove(batchId);
	}
}
