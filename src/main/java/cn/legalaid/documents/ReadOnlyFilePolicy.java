package cn.legalaid.documents;

import cn.legalaid.casework.CaseStatus;
import cn.legalaid.casework.CaseView;
import cn.legalaid.shared.BusinessRuleException;

/**
 * An archived case's file is closed (一案一卷, archived read-only): nothing is added to it any more, neither
 * uploads nor newly printed documents. Its basis is the closing review of 《法律援助法》第五十条.
 */
final class ReadOnlyFilePolicy {

	static final String REFUSAL = "案件已归档，卷宗只读，不能再上传材料或生成文书";

	private ReadOnlyFilePolicy() {
	}

	static void requireOpen(CaseView c, String field) {
		if (c.status() == CaseStatus.ARCHIVED) {
			throw new BusinessRuleException(field, REFUSAL);
		}
	}
}
