/**
 * The questionnaire of an activity's toepasbare regels (STTR): the file's own questions, with every answer the 3D design
 * or the location already knows filled in and marked so, and the conclusion once the answers are in. Anonymous, as the
 * lookup is; a plan's saved design only for those who may see the plan. Stores nothing.
 */
@ApplicationModule(displayName = "Questionnaire")
package nl.stip.questionnaire;

import org.springframework.modulith.ApplicationModule;
