package cn.legalaid.casework;

import java.util.List;

import cn.legalaid.shared.Actor;

/**
 * The centre's approval file (审批卷) of a case as the module keeping it (documents) sees it: the Chinese names of
 * the items it must hold but does not yet. The closing review archives a case only when both files are complete:
 * the handler's closing file, confirmed item by item, and this one.
 */
public interface ApprovalFile {

	List<String> missingItems(Actor actor, Long caseId);
}
