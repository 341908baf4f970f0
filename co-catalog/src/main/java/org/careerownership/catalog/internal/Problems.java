package org.careerownership.catalog.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.careerownership.core.Location;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;

/** The problems found while reading one catalog or overlay, in the order found. Not thread-safe. */
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  /** Records a problem at {@code path} of {@code file}. */
  void add(ProblemCode code, String file, String path, ImmutableMap<String, String> arguments) {
    Location location = Location.nowhere().withRecord(file);
    problems.add(Problem.of(code, path.isEmpty() ? location : location.withField(path), arguments));
  }

  /** Returns how many problems have been recorded so far. */
  int count() {
    return problems.size();
  }

  /** Returns the problems recorded, in order. */
  public ImmutableList<Problem> all() {
    return ImmutableList.copyOf(problems);
  }
}
