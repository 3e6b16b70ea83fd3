package cn.legalaid.documents;

import java.io.IOException;
import java.util.List;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Official documents, materials and the case file of a case through the API; scope as for the case itself. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "文书与卷宗 Documents", description = "生成文书（PDF，每次生成一个新版本）、上传材料（按内容识别类型）、卷宗目录与归档导出")
class CaseFileApi {

	private final CaseDocuments documents;

	private final CaseMaterialFiles materials;

	private final CaseFile caseFile;

	private final FileExport export;

	CaseFileApi(CaseDocuments documents, CaseMaterialFiles materials, CaseFile caseFile, FileExport export) {
		this.documents = documents;
		this.materials = materials;
		this.caseFile = caseFile;
		this.export = export;
	}

	record DocumentList(List<DocumentType> available, List<CaseDocuments.GeneratedDocument> generated) {
	}

	record GenerateRequest(DocumentType type) {
	}

	@GetMapping("/documents")
	@PreAuthorize("hasAuthority('case:view')")
	@Operation(summary = "文书列表", description = "已生成的文书（各版本，最新在前）和当前状态下可生成的文书类型")
	DocumentList documents(Actor actor, @PathVariable Long id) {
		return new DocumentList(documents.available(actor, id), documents.list(actor, id));
	}

	@PostMapping("/documents")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('document:generate')")
	@Audited("生成法律援助文书")
	@Operation(summary = "生成文书", description = "按模板生成PDF并存入卷宗；再次生成为新版本（文号不变），不覆盖旧版本。已归档案件不能生成")
	CaseDocuments.GeneratedDocument generate(Actor actor, @PathVariable Long id, @RequestBody GenerateRequest request) {
		return documents.generate(actor, id, request == null ? null : request.type());
	}

	@GetMapping(value = "/documents/{documentId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Audited("下载法律援助文书")
	@PreAuthorize("hasAuthority('case:view')")
	@Operation(summary = "下载文书PDF")
	ResponseEntity<byte[]> documentPdf(Actor actor, @PathVariable Long id, @PathVariable Long documentId) {
		return download(documents.pdf(actor, id, documentId), "document-" + documentId + ".pdf", MediaType.APPLICATION_PDF);
	}

	@GetMapping("/materials")
	@PreAuthorize("hasAuthority('case:view')")
	@Operation(summary = "材料列表", description = "工作人员上传的材料（各版本）和申请人网上提交的材料")
	List<CaseMaterialFiles.Material> materials(Actor actor, @PathVariable Long id) {
		return materials.list(actor, id);
	}

	@PostMapping(value = "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('document:upload')")
	@Audited("上传案件材料")
	@Operation(summary = "上传材料", description = "item 为卷宗目录项代码（如 IDENTITY、EVIDENCE_COPY、JUDGMENT）；接受PDF、JPG、PNG、docx、xlsx、doc、xls，按文件内容识别，默认不超过20MB；不合格的文件不保存")
	CaseMaterialFiles.Material upload(Actor actor, @PathVariable Long id, @RequestParam(required = false) String item,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note) {
		return materials.upload(actor, id, item, toUpload(file), note);
	}

	@GetMapping("/materials/{source}/{materialId}")
	@Audited("下载案件材料原件")
	@PreAuthorize("hasAuthority('case:view')")
	@Operation(summary = "下载材料原件", description = "source 为 STAFF（工作人员上传）或 PORTAL（申请人网上提交）")
	ResponseEntity<byte[]> material(Actor actor, @PathVariable Long id, @PathVariable String source,
			@PathVariable Long materialId) {
		CaseMaterialFiles.Material m = materials.list(actor, id).stream()
			.filter(x -> x.source().equals(source) && x.id().equals(materialId))
			.findFirst()
			.orElseThrow(() -> new cn.legalaid.shared.NotFoundException("材料不存在"));
		return download(materials.content(actor, id, source, materialId), m.fileName(), MediaType.parseMediaType(m.contentType()));
	}

	@GetMapping("/file")
	@PreAuthorize("hasAuthority('case:view')")
	@Operation(summary = "卷宗目录", description = "审批卷和承办卷各项（按装订顺序），每项的内容以及是否齐全")
	CaseFile.View file(Actor actor, @PathVariable Long id) {
		return caseFile.of(actor, id);
	}

	@GetMapping(value = "/file/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("hasAuthority('case:view')")
	@Audited("导出归档卷宗PDF")
	@Operation(summary = "导出归档卷宗（一个PDF）", description = "目录（项目、页码）+ 全部文书和PDF/图片材料，逐页编号；Office文件在目录中注“见原件”。仅已归档案件")
	ResponseEntity<byte[]> exportPdf(Actor actor, @PathVariable Long id) {
		return download(export.pdf(actor, id).pdf(), "case-file-" + id + ".pdf", MediaType.APPLICATION_PDF);
	}

	@GetMapping(value = "/file/export.zip", produces = "application/zip")
	@PreAuthorize("hasAuthority('case:view')")
	@Audited("导出归档卷宗原件")
	@Operation(summary = "导出归档卷宗原件（ZIP）", description = "全部文书和材料原件，按装订顺序编号。仅已归档案件")
	ResponseEntity<byte[]> exportZip(Actor actor, @PathVariable Long id) {
		return download(export.zip(actor, id), "case-file-" + id + ".zip", MediaType.parseMediaType("application/zip"));
	}

	static CaseMaterialFiles.Upload toUpload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new CaseMaterialFiles.Upload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new BusinessRuleException("file", "文件读取失败，请重新上传");
		}
	}

	static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
