# Reference values for the comparison of two proportions, R's prop.test, with and without
# continuity correction, for each alternative. Run from this folder: Rscript proportions.R
num <- function(x) formatC(x, digits = 17, format = "g")
cases <- list(c(83, 86, 90, 93), c(15, 50, 25, 50), c(536, 1000, 386, 1000), c(3, 40, 11, 42), c(0, 20, 5, 20))
out <- c()
for (cs in cases) for (correct in c(TRUE, FALSE)) for (alt in c("two.sided", "less", "greater")) {
  t <- suppressWarnings(prop.test(c(cs[1], cs[3]), c(cs[2], cs[4]), correct = correct, alternative = alt))
  out <- c(out, sprintf('{"x1": %d, "n1": %d, "x2": %d, "n2": %d, "correct": %s, "alternative": "%s", "statistic": %s, "p_value": %s, "ci_lower": %s, "ci_upper": %s}',
    cs[1], cs[2], cs[3], cs[4], tolower(correct), alt, num(unname(t$statistic)), num(t$p.value), num(t$conf.int[1]), num(t$conf.int[2])))
}
writeLines(c('{"r_version": "', R.version.string, '", "note": "prop.test(c(x1, x2), c(n1, n2), correct, alternative), conf.level 0.95",', '"tests": [', paste(out, collapse = ",\n"), ']}'), "proportions.json", sep = "")
