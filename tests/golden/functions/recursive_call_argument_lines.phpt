--TEST--
a function calling itself: an undefined variable argument reports the argument list's line, as for an unknown callee
--FILE--
<?php
function f($n) {
    if ($n > 0) {
        f(
            $undef
        );
        f($n - 1,
          $also);
    }
}
f(1);
--EXPECTF--
Warning: Undefined variable $undef in %s on line 5

Warning: Undefined variable $also in %s on line 7
