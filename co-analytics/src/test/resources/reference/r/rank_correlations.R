# Reference values for Spearman's rho and Kendall's tau-b with their large-sample tests.
# Run from this folder:  Rscript rank_correlations.R  (writes rank_correlations.json)
# R's cor.test with exact = FALSE: Spearman's t approximation and Kendall's tie-corrected z.
attitude <- read.csv("../attitude.csv")
bfi <- read.csv("../bfi.csv", na.strings = "")
num <- function(x) formatC(x, digits = 17, format = "g")
out <- c()
add <- function(dataset, xname, yname, x, y) {
  ok <- complete.cases(x, y)
  for (method in c("spearman", "kendall")) {
    for (alt in c("two.sided", "less", "greater")) {
      t <- suppressWarnings(cor.test(x, y, method = method, exact = FALSE, alternative = alt))
      out <<- c(out, sprintf(
        '{"dataset": "%s", "x": "%s", "y": "%s", "method": "%s", "alternative": "%s", "n": %d, "estimate": %s, "statistic": %s, "p_value": %s}',
        dataset, xname, yname, method, alt, sum(ok), num(unname(t$estimate)), num(unname(t$statistic)), num(t$p.value)))
    }
  }
}
vars <- names(attitude)
for (i in 1:(length(vars) - 1)) for (j in (i + 1):length(vars)) add("attitude", vars[i], vars[j], attitude[[vars[i]]], attitude[[vars[j]]])
for (p in list(c("A1", "A2"), c("C4", "C5"), c("N1", "N2"), c("O2", "O5"), c("E1", "age"))) add("bfi", p[1], p[2], bfi[[p[1]]], bfi[[p[2]]])
writeLines(c('{"r_version": "', R.version.string, '", "note": "cor.test(x, y, method, exact = FALSE, alternative); bfi pairs use complete cases",', '"tests": [', paste(out, collapse = ",\n"), ']}'), "rank_correlations.json", sep = "")
