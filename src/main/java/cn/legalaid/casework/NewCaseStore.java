package cn.legalaid.casework;

/**
 * Writes a case that was just received. Intake is the one write the whole province does hundreds of times a
 * second, so a new case goes into the database as one plain statement (case, parties, clocks) and its first
 * timeline event, instead of through the generic aggregate mapping; every later transition is saved through
 * {@link CaseRepository#save}.
 */
interface NewCaseStore {

	/**
	 * Inserts a new case with its parties and clocks, gives it its id and first version, and publishes its pending
	 * timeline events in the caller's transaction, as {@code save} would.
	 */
	LegalAidCase insertNew(LegalAidCase received);
}
