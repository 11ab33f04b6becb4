--TEST--
replacing the caught exception variable releases the old exception object
--FILE--
<?php
class MyEx extends Exception {
    public function __destruct() { echo "exception {$this->getMessage()} freed\n"; }
}
try { throw new MyEx("one"); } catch (MyEx $e) { echo "caught one\n"; }
try { throw new MyEx("two"); } catch (MyEx $e) { echo "caught two\n"; }
echo "unsetting\n";
unset($e);
echo "end\n";
--EXPECT--
caught one
exception one freed
caught two
unsetting
exception two freed
end
