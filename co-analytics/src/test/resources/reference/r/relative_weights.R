# Reference values for Johnson's (2000) relative weights, computed from first principles with R's
# eigen(), and R-squared from lm(), on datasets::attitude (rating ~ the six other items).
# Run from this folder: Rscript relative_weights.R
attitude <- read.csv("../attitude.csv")
num <- function(x) formatC(x, digits = 17, format = "g")
y <- attitude$rating
X <- as.matrix(attitude[, c("complaints", "privileges", "learning", "raises", "critical", "advance")])
R <- cor(X)
rxy <- cor(X, y)
e <- eigen(R, symmetric = TRUE)
lambda <- e$vectors %*% diag(sqrt(e$values)) %*% t(e$vectors)   # R^(1/2)
beta <- solve(lambda, rxy)                                      # outcome on the orthogonal Z
raw <- (lambda^2) %*% (beta^2)                                  # raw relative weights
r2 <- summary(lm(rating ~ ., data = attitude))$r.squared
writeLines(c('{"r_version": "', R.version.string, '",',
  '"predictors": ["', paste(colnames(X), collapse = '", "'), '"],',
  '"correlations_with_outcome": [', paste(num(rxy), collapse = ", "), '],',
  '"raw_weights": [', paste(num(raw), collapse = ", "), '],',
  '"r_squared": ', num(r2), '}'), "relative_weights.json", sep = "")
