/**
 * The DMN files of the toepasbare regels: reading and validating them (with the STTR extensions), and evaluating an
 * activity's decision with the KIE engine. Its activities and questions are part of the rules module's public face.
 */
@NamedInterface("dmn")
package nl.stip.rules.dmn;

import org.springframework.modulith.NamedInterface;
