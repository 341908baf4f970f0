/**
 * The shared vocabulary of the Career Ownership SDK: languages and bilingual text ({@link
 * org.careerownership.core.Language}, {@link org.careerownership.core.LocalizedText}), explanations of
 * decisions as data ({@link org.careerownership.core.Explanation}, {@link
 * org.careerownership.core.Rule}), and per-input results of batch calls ({@link
 * org.careerownership.core.Outcome}, {@link org.careerownership.core.Problem}). Nothing in this module
 * reads files, the network, the clock or the default locale.
 */
@NullMarked
package org.careerownership.core;

import org.jspecify.annotations.NullMarked;
