--TEST--
A child declared after its parent is hoisted too, so both can be used before their declarations.
--FILE--
<?php
echo (new Kid)->name(), "\n";
class Base {
    public function name() { return 'base'; }
}
class Kid extends Base {
    public function name() { return 'kid<' . parent::name() . '>'; }
}
--EXPECT--
kid<base>
