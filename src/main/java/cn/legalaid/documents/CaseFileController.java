package cn.legalaid.documents;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "文书与卷宗" section of the case screen (loaded into the detail page by htmx): documents to print, printed
 * versions, the file checklist with present/missing items, uploads, and the export of an archived file.
 */
@Controller
@PreAuthorize("hasAuthority('case:view')")
class CaseFileController {

	private final CaseDocuments documents;

	private final CaseMaterialFiles materials;

	private final CaseFile caseFile;

	private final FileExport export;

	private final FileProperties properties;

	CaseFileController(CaseDocuments documents, CaseMaterialFiles materials, CaseFile caseFile, FileExport export,
			FileProperties properties) {
		this.documents = documents;
		this.materials = materials;
		this.caseFile = caseFile;
		this.export = export;
		this.properties = properties;
	}

	@GetMapping("/cases/{id}/file")
	String section(Actor actor, @PathVariable Long id, Model model) {
		model.addAttribute("caseId", id);
		model.addAttribute("file", caseFile.of(actor, id));
		model.addAttribute("available", documents.available(actor, id));
		model.addAttribute("generated", documents.list(actor, id));
		model.addAttribute("materials", materials.list(actor, id));
		model.addAttribute("itemChoices", FileItem.uploadable().values());
		model.addAttribute("canGenerate", actor.can("document:generate"));
		model.addAttribute("canUpload", actor.can("document:upload"));
		model.addAttribute("maxMegabytes", properties.maxBytes() / (1024 * 1024));
		return "documents/case-file :: section";
	}

	@PostMapping("/cases/{id}/documents")
	@PreAuthorize("hasAuthority('document:generate')")
	@Audited("生成法律援助文书")
	String generate(Actor actor, @PathVariable Long id, @RequestParam(required = false) String type,
			RedirectAttributes redirect) {
		try {
			CaseDocuments.GeneratedDocument d = documents.generate(actor, id, parse(type));
			redirect.addFlashAttribute("notice", "已生成《" + d.typeName() + "》" + d.number() + "（第" + d.version() + "版），已存入卷宗");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/cases/" + id + "#documents";
	}

	@PostMapping("/cases/{id}/materials")
	@PreAuthorize("hasAuthority('document:upload')")
	@Audited("上传案件材料")
	String upload(Actor actor, @PathVariable Long id, @RequestParam(required = false) String item,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			CaseMaterialFiles.Material m = materials.upload(actor, id, item, CaseFileApi.toUpload(file), note);
			redirect.addFlashAttribute("notice", "已上传“" + m.fileName() + "”（" + m.itemName() + "，第" + m.version() + "版）");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/cases/" + id + "#documents";
	}

	@GetMapping("/cases/{id}/documents/{documentId}.pdf")
	@Audited("下载法律援助文书")
	ResponseEntity<byte[]> documentPdf(Actor actor, @PathVariable Long id, @PathVariable Long documentId) {
		return CaseFileApi.download(documents.pdf(actor, id, documentId), "document-" + documentId + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/cases/{id}/materials/{source}/{materialId}")
	@Audited("下载案件材料原件")
	ResponseEntity<byte[]> material(Actor actor, @PathVariable Long id, @PathVariable String source,
			@PathVariable Long materialId) {
		CaseMaterialFiles.Material m = materials.list(actor, id).stream()
			.filter(x -> x.source().equals(source) && x.id().equals(materialId))
			.findFirst()
			.orElseThrow(() -> new cn.legalaid.shared.NotFoundException("材料不存在"));
		return CaseFileApi.download(materials.content(actor, id, source, materialId), m.fileName(),
				MediaType.parseMediaType(m.contentType()));
	}

	@GetMapping("/cases/{id}/file/export.pdf")
	@Audited("导出归档卷宗PDF")
	ResponseEntity<byte[]> exportPdf(Actor actor, @PathVariable Long id) {
		return CaseFileApi.download(export.pdf(actor, id).pdf(), "case-file-" + id + ".pdf", MediaType.APPLICATION_PDF);
	}

	@GetMapping("/cases/{id}/file/export.zip")
	@Audited("导出归档卷宗原件")
	ResponseEntity<byte[]> exportZip(Actor actor, @PathVariable Long id) {
		return CaseFileApi.download(export.zip(actor, id), "case-file-" + id + ".zip",
				MediaType.parseMediaType("application/zip"));
	}

	private static DocumentType parse(String type) {
		try {
			return type == null || type.isBlank() ? null : DocumentType.valueOf(type);
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException("type", "没有这种文书");
		}
	}
}
