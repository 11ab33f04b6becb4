--TEST--
php folds a switch's constant case parts before compiling them, on the subject's line, so `case -1:` compares (and warns) on that line (miniphp reported line 5)
--FILE--
<?php
switch ($u
) {
case
-1:
    echo "no\n";
}
--EXPECTF--
Warning: Undefined variable $u in %s on line 2
