--TEST--
@ left by an exception (in its frame, through frames, finally, nested) restores error_reporting as php's live ranges do; error_reporting() inside @
--FILE--
<?php
function thrower($m = "x") { throw new Exception($m); }
function level() { echo error_reporting(), "\n"; }
// an exception leaving @ in the same frame
try { @thrower(); } catch (Exception $e) { level(); }
// through a function whose @ is left by its frame
function inner() { return @thrower("inner"); }
try { inner(); } catch (Exception $e) { level(); }
// a finally block inside the silenced call runs silenced, the catch outside does not
function with_finally() { try { thrower(); } finally { level(); } }
try { @with_finally(); } catch (Exception $e) { level(); }
// a try/catch inside the @ stays silenced
function catches_inside() { try { thrower(); } catch (Exception $e) { level(); } return 1; }
$r = @catches_inside();
level();
// nested @
try { @(1 + @thrower()); } catch (Exception $e) { level(); }
// error_reporting() inside @: a level showing warnings lasts, 0 does not
$x = @(error_reporting(E_ALL & ~E_NOTICE) + 1);
level();
$x = @(error_reporting(0) + 1);
level();
echo error_reporting(E_ALL), "\n";
echo error_reporting(null), "\n";
echo error_reporting(), "\n";
echo @$undefined;
echo $undefined;
echo ini_get('error_reporting'), "\n";
error_reporting(E_ALL & ~E_WARNING);
echo $undefined, "quiet\n";
echo ini_get('error_reporting'), "\n";
--EXPECTF--
32767
32767
4437
32767
4437
32767
32767
32759
32759
32759
32767
32767

Warning: Undefined variable $undefined in %s on line 27
32767
quiet
32765
