# Reference covariance matrix of the NIST StRD Longley data (R's two-pass cov()), for the accuracy
# test of covariances. Run from this folder: Rscript nist_covariance.R
longley <- read.csv("../nist/longley.csv")
num <- function(x) formatC(x, digits = 17, format = "g")
C <- cov(longley)
rows <- apply(C, 1, function(r) paste0("[", paste(num(r), collapse = ", "), "]"))
writeLines(c('{"r_version": "', R.version.string, '", "variables": ["', paste(colnames(C), collapse = '", "'), '"], "covariance": [',
  paste(rows, collapse = ", "), ']}'), "nist_covariance.json", sep = "")
