package cn.legalaid.registry;

import java.util.List;

/** An import batch with every rejected row and its reason. */
public record BatchReport(BatchView batch, List<Rejection> rejections) {
}
