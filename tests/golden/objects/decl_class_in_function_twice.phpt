--TEST--
Calling a function that declares a class twice is a fatal 'Cannot declare class' error.
--FILE--
<?php
function define_it() {
    class Once {}
    echo "declared\n";
}
define_it();
define_it();
--EXITCODE--
255
--EXPECTF--
declared

Fatal error: Cannot declare class Once, because the name is already in use in %s on line 3
