# Reference values for Pearson's r test under each alternative, with its confidence interval.
# Run from this folder:  Rscript pearson_alternatives.R  (writes pearson_alternatives.json)
# R's cor.test(x, y, method = "pearson", alternative, conf.level): t test and Fisher-z interval.
attitude <- read.csv("../attitude.csv")
num <- function(x) formatC(x, digits = 17, format = "g")
out <- c()
vars <- names(attitude)
for (i in 1:(length(vars) - 1)) for (j in (i + 1):length(vars)) {
  for (alt in c("two.sided", "less", "greater")) for (level in c(0.9, 0.95)) {
    t <- cor.test(attitude[[vars[i]]], attitude[[vars[j]]], alternative = alt, conf.level = level)
    out <- c(out, sprintf(
      '{"x": "%s", "y": "%s", "alternative": "%s", "conf_level": %s, "estimate": %s, "statistic": %s, "p_value": %s, "lower": %s, "upper": %s}',
      vars[i], vars[j], alt, num(level), num(unname(t$estimate)), num(unname(t$statistic)), num(t$p.value),
      num(t$conf.int[1]), num(t$conf.int[2])))
  }
}
writeLines(c('{"r_version": "', R.version.string, '", "note": "cor.test(x, y, alternative, conf.level) on attitude",', '"tests": [', paste(out, collapse = ",\n"), ']}'), "pearson_alternatives.json", sep = "")
