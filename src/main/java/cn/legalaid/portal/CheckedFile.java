package cn.legalaid.portal;

/** An uploaded file that passed {@link MaterialFileCheck}: its real type from its first bytes, and its digest. */
record CheckedFile(ChecklistItem item, String fileName, String contentType, byte[] content, String sha256) {

	long size() {
		return content.length;
	}

	/** How the material is named in the case's list of materials received. */
	String materialName() {
		return item.labelZh() + "：" + fileName;
	}
}
