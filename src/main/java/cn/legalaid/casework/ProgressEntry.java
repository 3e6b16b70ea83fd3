package cn.legalaid.casework;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A line of the handler's progress log: meeting the client (会见), reading the file (阅卷), evidence (调查取证), a
 * hearing (开庭), mediation (援调对接), a document filed (提交文书), or a progress report the client can see.
 */
public record ProgressEntry(@NotNull(message = "请选择记录类型") ProgressKind kind,
		@NotNull(message = "请填写日期") LocalDate happenedOn,
		@NotBlank(message = "请填写情况说明") @Size(max = 4000, message = "情况说明不能超过4000字") String summary,
		LocalDate nextDate, boolean visibleToClient) {

	/** Kinds of progress entries. */
	public enum ProgressKind {
		/** 会见 */
		MEETING("会见"),
		/** 阅卷 */
		FILE_READING("阅卷"),
		/** 调查取证 */
		EVIDENCE("调查取证"),
		/** 开庭 */
		HEARING("开庭"),
		/** 调解（援调对接） */
		MEDIATION("调解"),
		/** 提交法律文书 */
		DOCUMENT_FILED("提交法律文书"),
		/** 向受援人通报进展 */
		PROGRESS_REPORT("进展通报");

		private final String labelZh;

		ProgressKind(String labelZh) {
			this.labelZh = labelZh;
		}

		public String labelZh() {
			return labelZh;
		}
	}
}
