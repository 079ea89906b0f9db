/** Handing a citizen over to a person, and recognising staff users. */
package vn.hcc.bot.core.handoff;
