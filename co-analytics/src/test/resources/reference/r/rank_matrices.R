# Reference values for the Spearman and Kendall matrices of the 25 bfi items, pairwise-complete, and the
# Spearman matrix of the 2,236 rows complete in all 25 items (listwise).
# Run from this folder:  Rscript rank_matrices.R  (writes rank_matrices.json)
bfi <- read.csv("../bfi.csv", na.strings = "")
items <- names(bfi)[2:26]
num <- function(x) formatC(x, digits = 17, format = "g")
out <- c()
for (use in c("pairwise", "listwise")) {
  data <- if (use == "listwise") bfi[complete.cases(bfi[, items]), items] else bfi[, items]
  for (method in c("spearman", "kendall")) {
    for (i in 1:(length(items) - 1)) for (j in (i + 1):length(items)) {
      x <- data[[items[i]]]
      y <- data[[items[j]]]
      t <- suppressWarnings(cor.test(x, y, method = method, exact = FALSE))
      out <- c(out, sprintf(
        '{"use": "%s", "method": "%s", "x": "%s", "y": "%s", "n": %d, "estimate": %s, "statistic": %s, "p_value": %s}',
        use, method, items[i], items[j], sum(complete.cases(x, y)), num(unname(t$estimate)),
        num(unname(t$statistic)), num(t$p.value)))
    }
  }
}
writeLines(c('{"r_version": "', R.version.string, '", "note": "cor.test(x, y, method, exact = FALSE) per pair of bfi items; use = pairwise: each pair over its complete rows; listwise: rows complete in all 25 items",', '"tests": [', paste(out, collapse = ",\n"), ']}'), "rank_matrices.json", sep = "")
