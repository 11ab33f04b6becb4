--TEST--
&& and || evaluate the right side only when needed
--FILE--
<?php
function t($s) { echo $s; return true; }
function f($s) { echo $s; return false; }
var_dump(f("a") && t("b"));
var_dump(t("c") || f("d"));
var_dump(t("e") && f("f"));
var_dump(!t("g"), !0, !"0", !"a");
--EXPECT--
abool(false)
cbool(true)
efbool(false)
gbool(false)
bool(true)
bool(true)
bool(false)
