/**
 * Planning: a person's four-step support path from the guide's generation table ({@link
 * org.careerownership.core.plan.SupportPathPlanner}), and an organisation's rollout roadmap — approach,
 * stage goals, prioritised measures and indicators — from its self-assessment and population ({@link
 * org.careerownership.core.plan.RoadmapPlanner}).
 */
@NullMarked
package org.careerownership.core.plan;

import org.jspecify.annotations.NullMarked;
