package cn.legalaid.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the operation-log entry of a state-changing request in the transaction of the change it records, just
 * before that transaction commits: the change and its entry commit together or not at all, and a change costs one
 * commit instead of two. Only the first read-write transaction of a request that commits carries the entry; a
 * request whose changes roll back is logged as failed by {@link OperationLogInterceptor} afterwards, in a
 * transaction of its own. Spring Boot applies this listener to the platform's transaction manager.
 */
@Component
class OperationLogTransactions implements TransactionExecutionListener {

	private final OperationLog log;

	OperationLogTransactions(OperationLog log) {
		this.log = log;
	}

	@Override
	public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
		if (beginFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		PendingOperation.ofCurrentRequest()
			.filter(pending -> !pending.isLogged())
			.ifPresent(pending -> TransactionSynchronizationManager.registerSynchronization(new LogBeforeCommit(pending)));
	}

	private final class LogBeforeCommit implements TransactionSynchronization {

		private final PendingOperation pending;

		private boolean writtenHere;

		LogBeforeCommit(PendingOperation pending) {
			this.pending = pending;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (readOnly || pending.isLogged()) {
				return;
			}
			pending.logged(log.recordInCurrentTransaction(pending.committingEntry()));
			writtenHere = true;
		}

		@Override
		public void afterCompletion(int status) {
			if (writtenHere && status != STATUS_COMMITTED) {
				pending.notLogged();
			}
		}
	}
}
