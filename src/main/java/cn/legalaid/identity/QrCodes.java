package cn.legalaid.identity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/** QR codes as PNG data URIs, for scanning a TOTP secret into an authenticator app. */
final class QrCodes {

	private QrCodes() {
	}

	static String pngDataUri(String content, int size) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 1));
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < size; x++) {
				for (int y = 0; y < size; y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
		}
		catch (WriterException | IOException ex) {
			throw new IllegalStateException("无法生成二维码", ex);
		}
	}
}
