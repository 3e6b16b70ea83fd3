package cn.legalaid.documents;

import java.time.LocalDate;
import java.util.List;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.StateConflictException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators edit the document templates without a redeploy: a template is saved only if it renders to a PDF
 * with the sample case (so a broken template never reaches a case file); the next print uses it.
 */
@Component
public class TemplateAdministration {

	static final int MAX_LENGTH = 100_000;

	private final DocumentTemplates templates;

	private final DocumentRenderer renderer;

	TemplateAdministration(DocumentTemplates templates, DocumentRenderer renderer) {
		this.templates = templates;
		this.renderer = renderer;
	}

	List<DocumentTemplates.StoredTemplate> all() {
		return templates.all();
	}

	/** The stored template for the type and province, or the default it falls back to. */
	DocumentTemplates.StoredTemplate forEditing(DocumentType type, String provinceCode) {
		return templates.exact(type, provinceCode).orElseGet(() -> templates.effective(type, null));
	}

	/** The PDF the template gives for the sample case; a Chinese reason when it does not render. */
	public byte[] preview(Actor actor, DocumentType type, String body) {
		if (body == null || body.isBlank()) {
			throw new BusinessRuleException("body", "模板内容不能为空");
		}
		if (body.length() > MAX_LENGTH) {
			throw new BusinessRuleException("body", "模板内容过长（最多" + MAX_LENGTH + "字符）");
		}
		try {
			return renderer.render(body, DocumentValues.of(SampleCase.view(actor.unitId()), actor.unitName(), type,
					"示法援〔" + LocalDate.now(CaseDocuments.ZONE).getYear() + "〕" + type.numberChar() + "字第0001号",
					LocalDate.now(CaseDocuments.ZONE), 1));
		}
		catch (DocumentRenderer.TemplateProblem ex) {
			throw new BusinessRuleException("body", "模板无法生成PDF，未保存。" + ex.getMessage());
		}
	}

	@Transactional
	public void save(Actor actor, DocumentType type, String provinceCode, String body, Integer seenVersion) {
		if (type == null) {
			throw new BusinessRuleException("type", "请选择文书类型");
		}
		String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.trim();
		if (province != null && !province.matches("\\d{2}")) {
			throw new BusinessRuleException("province", "省份代码为行政区划代码前两位，如江苏为32");
		}
		preview(actor, type, body);
		if (!templates.save(type, province, body, actor.username(), seenVersion)) {
			throw new StateConflictException("version", "模板已被他人修改，请刷新后重试");
		}
	}
}
