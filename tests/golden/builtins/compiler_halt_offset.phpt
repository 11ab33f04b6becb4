--TEST--
__COMPILER_HALT_OFFSET__ is the byte offset after __halt_compiler();
--FILE--
<?php
echo __COMPILER_HALT_OFFSET__, "\n";
function offset() {
    return \__COMPILER_HALT_OFFSET__;
}
echo offset(), "\n";
if (true) {
    echo __COMPILER_HALT_OFFSET__ + 1, "\n";
}
__halt_compiler();raw bytes that are never parsed <?php echo "no";
--EXPECT--
201
201
202
