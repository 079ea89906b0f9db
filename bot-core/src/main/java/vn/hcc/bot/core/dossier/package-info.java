/** Dossier status: recognising dossier codes and asking the dossier system about them. */
package vn.hcc.bot.core.dossier;
